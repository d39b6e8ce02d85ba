import { withPageFont } from '../../../components/PageFont';
import FaqPage from '../../../features/policy/FaqPage';

export default withPageFont(FaqPage);
