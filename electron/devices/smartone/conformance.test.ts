import { describeConformance } from '../conformance/conformance';

describeConformance('smartone');
