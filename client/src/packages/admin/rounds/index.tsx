import { withPageFont } from '../../../components/PageFont';
import Rounds from '../../../features/admin/RoundsPage';

export default withPageFont(Rounds);
