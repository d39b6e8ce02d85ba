import { withPageFont } from '../../../components/PageFont';
import GreenException from '../../../features/work/GreenExceptionPage';

export default withPageFont(GreenException);
