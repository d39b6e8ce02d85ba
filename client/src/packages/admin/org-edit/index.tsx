import { withPageFont } from '../../../components/PageFont';
import OrgEdit from '../../../features/admin/OrgEditPage';

export default withPageFont(OrgEdit);
