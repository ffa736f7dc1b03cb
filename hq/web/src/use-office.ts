import { useQuery } from '@tanstack/react-query';
import { DifferencesAnswer, officeReadRoutes, SalesAnswer, ShopsAnswer, TillsAnswer, ZReportsAnswer } from '../../../shared/office/office-api';
import { readOffice } from './office-client';

/** Tills go on and off line and sales come in while the page is open: the live reads refresh. */
const refreshMs = 30_000;

export const useShops = () => useQuery({ queryKey: ['shops'], queryFn: () => readOffice(officeReadRoutes.shops, {}, ShopsAnswer) });

export const useTills = (shop: string | undefined) =>
  useQuery({ queryKey: ['tills', shop], queryFn: () => readOffice(officeReadRoutes.tills, { shop }, TillsAnswer), refetchInterval: refreshMs });

export const useSales = (shop: string | undefined, date: string) =>
  useQuery({ queryKey: ['sales', shop, date], queryFn: () => readOffice(officeReadRoutes.sales, { shop, date }, SalesAnswer), refetchInterval: refreshMs });

export const useZReports = (shop: string | undefined, date: string) =>
  useQuery({ queryKey: ['zReports', shop, date], queryFn: () => readOffice(officeReadRoutes.zReports, { shop, date }, ZReportsAnswer), refetchInterval: refreshMs });

export const useDifferences = (shop: string | undefined, date: string) =>
  useQuery({ queryKey: ['differences', shop, date], queryFn: () => readOffice(officeReadRoutes.differences, { shop, date }, DifferencesAnswer), refetchInterval: refreshMs });
