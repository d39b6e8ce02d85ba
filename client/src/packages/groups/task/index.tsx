import { withPageFont } from '../../../components/PageFont';
import TaskPage from '../../../features/groups/TaskPage';

export default withPageFont(TaskPage);
