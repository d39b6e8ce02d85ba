import { defineFunction } from '../kit/dispatch';
import { briefings } from '../../shared/contracts/briefings';
import { attachBriefingMaterials, cancelBriefing, createBriefing, moveBriefing, updateBriefing } from './handlers/manage';
import { briefingIcs, getBriefing, listBriefings } from './handlers/read';
import { cancelBriefingSignUp, signUpBriefing } from './handlers/roster';
import { briefingRatings, checkInBriefing, checkInCode, rateBriefing } from './handlers/checkin';
import { briefingCadence, exportAttendance } from './handlers/reports';
import { shareBriefing } from './share';

/** Cloud function `briefings`: 政策宣讲 (第六条) — sessions, sign-up and waiting list, reminders, check-in, ratings, attendance, cadence. */
export const main = defineFunction('briefings', briefings, {
  create: createBriefing,
  update: updateBriefing,
  move: moveBriefing,
  cancel: cancelBriefing,
  'materials.attach': attachBriefingMaterials,
  list: listBriefings,
  get: getBriefing,
  signUp: signUpBriefing,
  cancelSignUp: cancelBriefingSignUp,
  checkIn: checkInBriefing,
  'checkIn.code': checkInCode,
  rate: rateBriefing,
  'ratings.summary': briefingRatings,
  'attendance.export': exportAttendance,
  ics: briefingIcs,
  share: shareBriefing,
  cadence: briefingCadence,
});
