import { describeBeneath } from './beneathSuite';

describeBeneath('male');
