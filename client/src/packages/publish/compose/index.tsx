import { withPageFont } from '../../../components/PageFont';
import Compose from '../../../features/publish/ComposePage';

export default withPageFont(Compose);
