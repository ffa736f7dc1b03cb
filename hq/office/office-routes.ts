import { z } from 'zod';
import { NewEnrolmentCode, NewShop, officeAdminPaths, ProductFields, SignIn } from '../../shared/office/office-admin';
import { officeApiBase } from '../../shared/office/office-api';
import { readJson, readQuery, smallBodyLimit } from '../http/body';
import { notFound, OfficeFailure } from '../http/failure';
import { remoteAddress, uuidPart, type Route, type RouteContext, type RouteAnswer } from '../http/route';
import { removeTill } from '../till/leave';
import { createProduct, listProducts, removeProduct, updateProduct } from './catalogue-edit';
import { makeEnrolmentCode } from './enrolment-codes';
import { clearedSessionCookie, sessionCookieHeader, sessionPerson, signIn, signOut } from './office-people';
import type { OfficeReadRoute } from './read-routes';
import { createShop, listShops } from './shops';
import { listTills } from './till-list';

const { session, shops, tills } = officeAdminPaths;
const exactly = (path: string) => new RegExp(`^${path}$`);
/** A read route's path is a plain path: its dots and the like match themselves. */
const literal = (path: string) => path.replace(/^\//, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const param = (context: RouteContext, index: number) => context.params[index] ?? '';

/** Every office route but signing in needs a signed-in person. */
function signedIn(method: Route['method'], pattern: RegExp, handle: (context: RouteContext) => Promise<RouteAnswer>): Route {
  return {
    method,
    pattern,
    handle: async (context) => {
      await sessionPerson(context.pool, context.req);
      return handle(context);
    },
  };
}

const tooManySignIns = new OfficeFailure(429, 'tooManyAttempts', 'too many wrong sign-ins from this address; try again in a minute');

const TillsQuery = z.strictObject({ shop: z.uuid().optional() });

/** The office page's API: session, shops, enrolment codes, tills, catalogue; then the page's reads. */
export function officeRoutes(readRoutes: readonly OfficeReadRoute[]): Route[] {
  return [
    {
      method: 'POST',
      pattern: exactly(session),
      handle: async ({ pool, req, failedAttempts }) => {
        const credentials = await readJson(req, smallBodyLimit, SignIn);
        const { person, token } = await failedAttempts.guard(remoteAddress(req), ['signInFailed'], tooManySignIns, () => signIn(pool, credentials));
        return { body: { name: person.name }, headers: { 'Set-Cookie': sessionCookieHeader(token) } };
      },
    },
    { method: 'GET', pattern: exactly(session), handle: async ({ pool, req }) => ({ body: { name: (await sessionPerson(pool, req)).name } }) },
    {
      method: 'DELETE',
      pattern: exactly(session),
      handle: async ({ pool, req }) => {
        await signOut(pool, req);
        return { status: 204, headers: { 'Set-Cookie': clearedSessionCookie } };
      },
    },
    signedIn('GET', exactly(shops), async ({ pool }) => ({ body: await listShops(pool) })),
    signedIn('POST', exactly(shops), async ({ pool, req }) => ({ status: 201, body: await createShop(pool, await readJson(req, smallBodyLimit, NewShop)) })),
    signedIn('POST', exactly(`${shops}/${uuidPart}/enrolment-codes`), async (context) => {
      const { validForHours } = await readJson(context.req, smallBodyLimit, NewEnrolmentCode);
      return { status: 201, body: await makeEnrolmentCode(context.pool, param(context, 0), validForHours, context.certificateFingerprint) };
    }),
    signedIn('GET', exactly(`${shops}/${uuidPart}/products`), async (context) => ({ body: await listProducts(context.pool, param(context, 0)) })),
    signedIn('POST', exactly(`${shops}/${uuidPart}/products`), async (context) => ({
      status: 201,
      body: await createProduct(context.pool, param(context, 0), await readJson(context.req, smallBodyLimit, ProductFields)),
    })),
    signedIn('PUT', exactly(`/api/office/products/${uuidPart}`), async (context) => ({
      body: await updateProduct(context.pool, param(context, 0), await readJson(context.req, smallBodyLimit, ProductFields)),
    })),
    signedIn('DELETE', exactly(`/api/office/products/${uuidPart}`), async (context) => ({ body: await removeProduct(context.pool, param(context, 0)) })),
    signedIn('GET', exactly(tills), async ({ pool, query }) => ({ body: await listTills(pool, readQuery(query, TillsQuery).shop) })),
    signedIn('DELETE', exactly(`${tills}/${uuidPart}`), async (context) => {
      if (!(await removeTill(context.pool, param(context, 0)))) throw notFound();
      return { status: 204 };
    }),
    ...readRoutes.map((read) => signedIn('GET', exactly(`${officeApiBase}${literal(read.path)}`), async ({ pool, query }) => ({ body: await read.handle(pool, query) }))),
  ];
}
