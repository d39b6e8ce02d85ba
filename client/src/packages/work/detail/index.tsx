import { withPageFont } from '../../../components/PageFont';
import Detail from '../../../features/work/DetailPage';

export default withPageFont(Detail);
