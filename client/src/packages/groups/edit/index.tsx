import { withPageFont } from '../../../components/PageFont';
import EditGroup from '../../../features/groups/EditPage';

export default withPageFont(EditGroup);
