import { describeBeneath } from './beneathSuite';

describeBeneath('female');
