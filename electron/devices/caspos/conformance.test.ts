import { describeConformance } from '../conformance/conformance';

describeConformance('caspos');
