import { withPageFont } from '../../../components/PageFont';
import BriefingList from '../../../features/notices/BriefingsPage';

export default withPageFont(BriefingList);
