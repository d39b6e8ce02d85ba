import { withPageFont } from '../../../components/PageFont';
import AnnouncementDetail from '../../../features/notices/DetailPage';

export default withPageFont(AnnouncementDetail);
