import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { EnrolmentCodeAnswer, officeAdminPaths, ProductRow, Shop, type NewShop, type ProductFields } from '../../../shared/office/office-admin';
import { changeOffice, readPath } from './office-client';

const { shops, tills } = officeAdminPaths;

/** The office API's own shops: with each catalogue's version, which the overview's shops leave out. */
export const useAdminShops = () => useQuery({ queryKey: ['admin', 'shops'], queryFn: () => readPath(shops, Shop.array()) });

export const useProducts = (shopId: string) =>
  useQuery({ queryKey: ['admin', 'products', shopId], queryFn: () => readPath(`${shops}/${shopId}/products`, ProductRow.array()) });

/** After a change: the office's lists and the overview read afresh (a new shop, a till gone, a new version). */
function useInvalidate() {
  const client = useQueryClient();
  return () => void client.invalidateQueries();
}

/** A new product of `shopId`, or a changed one (`officeId`): either takes the shop's next catalogue version. */
export function useSaveProduct(shopId: string, officeId: string | undefined) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (fields: ProductFields) =>
      officeId ? changeOffice('PUT', `/api/office/products/${officeId}`, fields, ProductRow) : changeOffice('POST', `${shops}/${shopId}/products`, fields, ProductRow),
    onSuccess: invalidate,
  });
}

export function useRemoveProduct() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (officeId: string) => changeOffice('DELETE', `/api/office/products/${officeId}`, undefined, z.strictObject({ version: z.number() })), onSettled: invalidate });
}

export function useCreateShop() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (shop: NewShop) => changeOffice('POST', shops, shop, Shop), onSuccess: invalidate });
}

/** Not invalidating anything: a code changes no list, and it is shown once from this answer. */
export const useMakeEnrolmentCode = () =>
  useMutation({ mutationFn: (shopId: string) => changeOffice('POST', `${shops}/${shopId}/enrolment-codes`, {}, EnrolmentCodeAnswer) });

export function useRemoveTill() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (tillId: string) => changeOffice('DELETE', `${tills}/${tillId}`, undefined, z.undefined()), onSettled: invalidate });
}
