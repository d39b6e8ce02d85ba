import { withPageFont } from '../../../components/PageFont';
import QueuePage from '../../../features/groups/QueuePage';

export default withPageFont(QueuePage);
