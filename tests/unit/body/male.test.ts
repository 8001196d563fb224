import { bodySuite } from './bodySuite.ts';

bodySuite('male');
