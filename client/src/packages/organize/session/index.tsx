import { withPageFont } from '../../../components/PageFont';
import SessionPage from '../../../features/organize/SessionPage';

export default withPageFont(SessionPage);
