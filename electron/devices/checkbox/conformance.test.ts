import { describeConformance } from '../conformance/conformance';

describeConformance('checkbox');
