import { withPageFont } from '../../../components/PageFont';
import BriefingPage from '../../../features/notices/BriefingPage';

export default withPageFont(BriefingPage);
