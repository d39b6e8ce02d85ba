import { withPageFont } from '../../../components/PageFont';
import MySessions from '../../../features/organize/SessionsPage';

export default withPageFont(MySessions);
