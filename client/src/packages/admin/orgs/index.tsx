import { withPageFont } from '../../../components/PageFont';
import Orgs from '../../../features/admin/OrgsPage';

export default withPageFont(Orgs);
