import { withPageFont } from '../../../components/PageFont';
import Dashboard from '../../../features/work/DashboardPage';

export default withPageFont(Dashboard);
