import { withPageFont } from '../../../components/PageFont';
import MyData from '../../../features/privacy/MinePage';

export default withPageFont(MyData);
