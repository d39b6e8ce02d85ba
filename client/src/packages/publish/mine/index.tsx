import { withPageFont } from '../../../components/PageFont';
import MyAnnouncements from '../../../features/publish/MinePage';

export default withPageFont(MyAnnouncements);
