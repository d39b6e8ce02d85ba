import { withPageFont } from '../../../components/PageFont';
import ClausePage from '../../../features/policy/ClausePage';

export default withPageFont(ClausePage);
