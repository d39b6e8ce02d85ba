import { withPageFont } from '../../../components/PageFont';
import GroupsList from '../../../features/groups/ListPage';

export default withPageFont(GroupsList);
