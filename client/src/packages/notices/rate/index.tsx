import { withPageFont } from '../../../components/PageFont';
import RatePage from '../../../features/notices/RatePage';

export default withPageFont(RatePage);
