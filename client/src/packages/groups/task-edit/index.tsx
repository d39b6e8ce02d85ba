import { withPageFont } from '../../../components/PageFont';
import TaskEdit from '../../../features/groups/TaskEditPage';

export default withPageFont(TaskEdit);
