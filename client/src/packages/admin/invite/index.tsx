import { withPageFont } from '../../../components/PageFont';
import Invite from '../../../features/admin/InvitePage';

export default withPageFont(Invite);
