import { withPageFont } from '../../../components/PageFont';
import Notices from '../../../features/work/NoticesPage';

export default withPageFont(Notices);
