/** Places a trigger point in the body frame from its landmark-relative location (see src/body). */
export { placedLandmark, triggerPointPosition } from '../body/triggerPointPlace';
