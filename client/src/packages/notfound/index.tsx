import { withPageFont } from '../../components/PageFont';
import NotFound from '../../features/notfound/NotFoundPage';

export default withPageFont(NotFound);
