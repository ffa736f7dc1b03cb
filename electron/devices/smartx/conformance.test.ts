import { describeConformance } from '../conformance/conformance';

describeConformance('smartx');
