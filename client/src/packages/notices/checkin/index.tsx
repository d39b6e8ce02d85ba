import { withPageFont } from '../../../components/PageFont';
import CheckInPage from '../../../features/notices/CheckinPage';

export default withPageFont(CheckInPage);
