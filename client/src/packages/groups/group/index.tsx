import { withPageFont } from '../../../components/PageFont';
import GroupPage from '../../../features/groups/GroupPage';

export default withPageFont(GroupPage);
