import { CatalogueQuery, EnrolRequest, PushRequest, tillApiPaths } from '../../shared/office/till-api';
import { pushBodyLimit, readJson, readQuery, smallBodyLimit } from '../http/body';
import { OfficeFailure } from '../http/failure';
import { remoteAddress, type Route } from '../http/route';
import { pullCatalogue } from './catalogue-pull';
import { enrolTill } from './enrol';
import { removeTill } from './leave';
import { acceptPush } from './push';
import { authenticateTill } from './till-auth';

const exactly = (path: string) => new RegExp(`^${path}$`);
// The till API has no code of its own for this: the till shows "try again later", which is what to do.
const tooManyCodes = new OfficeFailure(429, 'unavailable', 'too many unknown enrolment codes from this address; try again in a minute');

/** The till API: the token is checked before a body is read, so a stranger cannot make the office read 16 MiB. */
export const tillRoutes: Route[] = [
  {
    method: 'POST',
    pattern: exactly(tillApiPaths.enrol),
    handle: async ({ pool, req, failedAttempts }) => {
      const request = await readJson(req, smallBodyLimit, EnrolRequest);
      const answer = await failedAttempts.guard(remoteAddress(req), ['enrolmentCodeUnknown'], tooManyCodes, () => enrolTill(pool, request));
      return { body: answer };
    },
  },
  {
    method: 'POST',
    pattern: exactly(tillApiPaths.push),
    handle: async ({ pool, req }) => {
      const till = await authenticateTill(pool, req);
      return { body: await acceptPush(pool, till, await readJson(req, pushBodyLimit, PushRequest)) };
    },
  },
  {
    method: 'GET',
    pattern: exactly(tillApiPaths.catalogue),
    handle: async ({ pool, req, query }) => {
      const till = await authenticateTill(pool, req);
      return { body: await pullCatalogue(pool, till.shopId, readQuery(query, CatalogueQuery)) };
    },
  },
  {
    method: 'POST',
    pattern: exactly(tillApiPaths.leave),
    handle: async ({ pool, req }) => {
      await removeTill(pool, (await authenticateTill(pool, req)).tillId);
      return { status: 204 };
    },
  },
];
