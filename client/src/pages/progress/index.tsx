import { withPageFont } from '../../components/PageFont';
import Progress from '../../features/progress/ProgressPage';

export default withPageFont(Progress);
