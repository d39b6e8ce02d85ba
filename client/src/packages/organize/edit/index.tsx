import { withPageFont } from '../../../components/PageFont';
import EditSession from '../../../features/organize/EditPage';

export default withPageFont(EditSession);
