import { withPageFont } from '../../components/PageFont';
import Policy from '../../features/policy/PolicyPage';

export default withPageFont(Policy);
