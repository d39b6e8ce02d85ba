import { withPageFont } from '../../../components/PageFont';
import AskPage from '../../../features/groups/AskPage';

export default withPageFont(AskPage);
