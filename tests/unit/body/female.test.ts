import { bodySuite } from './bodySuite.ts';

bodySuite('female');
