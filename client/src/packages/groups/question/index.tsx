import { withPageFont } from '../../../components/PageFont';
import QuestionPage from '../../../features/groups/QuestionPage';

export default withPageFont(QuestionPage);
