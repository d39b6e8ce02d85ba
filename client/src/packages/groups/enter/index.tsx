import { withPageFont } from '../../../components/PageFont';
import EnterPage from '../../../features/groups/EnterPage';

export default withPageFont(EnterPage);
