import { withPageFont } from '../../../components/PageFont';
import CheckResultPage from '../../../features/check/ResultPage';

export default withPageFont(CheckResultPage);
