import { withPageFont } from '../../../components/PageFont';
import StaffCountsPage from '../../../features/work/StaffPage';

export default withPageFont(StaffCountsPage);
