import { withPageFont } from '../../../components/PageFont';
import Roles from '../../../features/admin/RolesPage';

export default withPageFont(Roles);
