import { withPageFont } from '../../../components/PageFont';
import Queue from '../../../features/work/QueuePage';

export default withPageFont(Queue);
