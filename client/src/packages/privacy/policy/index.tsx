import { withPageFont } from '../../../components/PageFont';
import PrivacyPolicy from '../../../features/privacy/PolicyPage';

export default withPageFont(PrivacyPolicy);
