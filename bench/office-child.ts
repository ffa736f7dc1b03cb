/**
 * The benchmark's shop office in its own process, as the real one is on another machine: prints
 * its address, certificate fingerprint and two enrolment codes as one JSON line, then serves
 * until killed.
 */
import { TestOffice } from '../electron/office/testing/test-office';

const office = new TestOffice();
await office.start();
console.log(JSON.stringify({ address: office.address, fingerprint: office.fingerprint, codes: [office.enrolmentCode(), office.enrolmentCode()] }));
