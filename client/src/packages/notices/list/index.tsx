import { withPageFont } from '../../../components/PageFont';
import NoticeList from '../../../features/notices/ListPage';

export default withPageFont(NoticeList);
